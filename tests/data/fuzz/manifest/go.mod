module github.com/acme/shipping

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/redis/go-redis/v9 v9.5.4
)

require (
	github.com/bytedance/sonic v1.11.6 // indirect
	golang.org/x/net v0.25.0 // indirect
)
