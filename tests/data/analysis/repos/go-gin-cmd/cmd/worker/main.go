package main

import (
	"context"
	"log"

	"github.com/acme/shipping/internal/queue"
	"github.com/acme/shipping/internal/store"
)

func main() {
	ctx := context.Background()
	db, err := store.Open(ctx)
	if err != nil {
		log.Fatal(err)
	}
	consumer := queue.NewConsumer()
	log.Fatal(consumer.Run(ctx, db))
}
