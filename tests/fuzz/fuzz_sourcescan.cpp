// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the source idiom scanner, every language, over the same bytes (the first
// byte also picks a file name, for the idioms that depend on it).
#include "core/analysis/sourcescan.h"

#include <cstddef>
#include <cstdint>

using namespace hydron::analysis;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = size > 0 && (data[0] & 1) ? u"urls.py"_s : u"main.src"_s;
    qsizetype n = 0;
    for (SourceLanguage language :
         {SourceLanguage::JavaScript, SourceLanguage::TypeScript, SourceLanguage::Python, SourceLanguage::Ruby,
          SourceLanguage::Go, SourceLanguage::Java, SourceLanguage::Kotlin, SourceLanguage::Php, SourceLanguage::Rust,
          SourceLanguage::CSharp, SourceLanguage::Elixir}) {
        const FileFacts facts = scanSource(language, bytes, name);
        n += facts.env.size() + facts.ports.size() + facts.routes.size() + facts.usages.size() + facts.markers.size();
    }
    volatile qsizetype sink = n;
    (void)sink;
    return 0;
}
