package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	_ "github.com/lib/pq"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "migrate" {
		migrate()
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "sweep" {
		sweep()
		return
	}
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := db.Ping(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok"))
	})
	addr := ":" + os.Getenv("PORT")
	log.Fatal(http.ListenAndServe(addr, mux))
}

func migrate() {}

func sweep() {
	interval := os.Getenv("SWEEP_INTERVAL")
	if interval == "" {
		interval = "1m"
	}
	d, _ := time.ParseDuration(interval)
	for range time.Tick(d) {
		log.Println("sweeping expired notes")
	}
}
