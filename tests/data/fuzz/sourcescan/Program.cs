using Microsoft.EntityFrameworkCore;
using Shop.Domain;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.UseSentry(o => o.Dsn = builder.Configuration["Sentry:Dsn"] ?? "");
builder.Services.AddDbContext<ShopContext>(options =>
    options.UseNpgsql(builder.Configuration.GetConnectionString("Shop")));
builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapGet("/products", async (ShopContext db) => await db.Products.ToListAsync());

app.Run();
