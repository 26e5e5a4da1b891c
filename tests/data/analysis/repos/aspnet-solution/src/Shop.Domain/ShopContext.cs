using Microsoft.EntityFrameworkCore;

namespace Shop.Domain;

public class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();
}

public record Product(int Id, string Name);
