package main

import (
	"context"
	"log"

	"github.com/acme/shipping/internal/server"
	"github.com/acme/shipping/internal/store"
)

func main() {
	ctx := context.Background()
	db, err := store.Open(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := server.Run(db); err != nil {
		log.Fatal(err)
	}
}
