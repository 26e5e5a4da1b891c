// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/messagejob.h"
#include "core/assistant/messagerequest.h"
#include "core/assistant/modellistjob.h"

namespace hydron::assistant {

// The boundary to a language model (CONVENTIONS rule 4): ClaudeClient is the real one, tests
// bring their own. Both calls return at once with a job that starts on the next turn of the
// event loop (connect first); the job belongs to the client and deletes itself after finished()
// unless setAutoDelete(false).
class LlmClient
{
public:
    virtual ~LlmClient() = default;

    [[nodiscard]] virtual MessageJob *sendMessage(const MessageRequest &request) = 0;
    [[nodiscard]] virtual ModelListJob *listModels() = 0;
};

} // namespace hydron::assistant
