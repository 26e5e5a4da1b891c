from fastapi import FastAPI
from openai import AsyncOpenAI
from sqlalchemy.ext.asyncio import create_async_engine

from app.config import settings

app = FastAPI(title="search-api")
engine = create_async_engine(settings.database_url)
client = AsyncOpenAI(api_key=settings.openai_api_key)


@app.get("/health")
async def health():
    return {"status": "ok"}


@app.get("/search")
async def search(q: str):
    embedding = await client.embeddings.create(model=settings.embedding_model, input=q)
    return {"dimensions": len(embedding.data[0].embedding)}
