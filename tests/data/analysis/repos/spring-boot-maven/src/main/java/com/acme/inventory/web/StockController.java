package com.acme.inventory.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stock")
public class StockController {
    @Value("${WAREHOUSE_CODE:MAIN}")
    private String warehouse;

    @GetMapping("/{sku}")
    public String level(@PathVariable String sku) {
        return warehouse + ":" + sku;
    }
}
