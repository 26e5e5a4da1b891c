from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    database_url: str
    openai_api_key: str
    embedding_model: str = "text-embedding-3-small"
    port: int = 8000


settings = Settings()
