package queue

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

type Consumer struct {
	client *redis.Client
}

func NewConsumer() *Consumer {
	return &Consumer{client: redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})}
}

func (c *Consumer) Run(ctx context.Context, db *pgxpool.Pool) error {
	for {
		msg, err := c.client.BLPop(ctx, 0, "shipments").Result()
		if err != nil {
			return err
		}
		_ = msg
	}
}
