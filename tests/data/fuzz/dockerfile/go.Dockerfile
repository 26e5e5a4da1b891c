FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app/notes .

FROM registry.example.test/distroless/static-debian12
COPY --from=build /app /app
EXPOSE 8080
CMD ["/app/notes", "serve"]
