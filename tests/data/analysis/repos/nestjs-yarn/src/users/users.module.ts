import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

@Module({})
export class UsersModule {
  constructor(private readonly config: ConfigService) {
    const pepper = this.config.get<string>('PASSWORD_PEPPER', 'dev-pepper');
    void pepper;
  }
}
