class ProductsController < ApplicationController
  def index
    @products = Product.all
  end

  def show
    @product = Product.find(params[:id])
    InventorySyncJob.perform_async(@product.id)
  end
end
