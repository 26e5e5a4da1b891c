package com.acme.inventory;

class InventoryApplicationTests {
    String url = System.getenv("TEST_DB_URL");
}
