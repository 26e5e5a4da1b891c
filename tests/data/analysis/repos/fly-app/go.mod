module example.org/notes

go 1.22.5

require github.com/lib/pq v1.10.9
