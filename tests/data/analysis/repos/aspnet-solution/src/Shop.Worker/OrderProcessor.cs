using RabbitMQ.Client;

namespace Shop.Worker;

public sealed class OrderProcessor : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("RABBITMQ_URL") ?? "amqp://guest:guest@localhost:5672"),
        };
        using var connection = factory.CreateConnection();
        return Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
