class InventorySyncJob
  include Sidekiq::Job

  def perform(product_id)
    bucket = ENV.fetch("ASSETS_BUCKET")
    Product.find(product_id).sync_images(bucket)
  end
end
