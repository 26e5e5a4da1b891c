package com.acme.catalog

import jakarta.ws.rs.GET
import jakarta.ws.rs.Path
import org.eclipse.microprofile.config.inject.ConfigProperty

@Path("/products")
class ProductResource(
    @ConfigProperty(name = "catalog.currency") val currency: String,
) {
    @GET
    fun list(): List<String> = listOf("widget", "gadget").map { "$it ($currency)" }
}
