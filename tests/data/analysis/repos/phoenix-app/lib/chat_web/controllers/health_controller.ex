defmodule ChatWeb.HealthController do
  use ChatWeb, :controller

  def index(conn, _params), do: json(conn, %{status: "ok"})
end
