// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/actioncard.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hydron::assistant::ActionCard)
};

const QList<std::pair<ActionCard::Kind, QString>> kindNames{{ActionCard::Kind::ProposePlan, u"propose_plan"_s},
                                                            {ActionCard::Kind::ModifyPlan, u"modify_plan"_s},
                                                            {ActionCard::Kind::StartRun, u"start_run"_s}};
const QList<std::pair<ActionCard::Status, QString>> statusNames{{ActionCard::Status::Pending, u"pending"_s},
                                                                {ActionCard::Status::Approved, u"approved"_s},
                                                                {ActionCard::Status::Rejected, u"rejected"_s},
                                                                {ActionCard::Status::Failed, u"failed"_s},
                                                                {ActionCard::Status::Starting, u"starting"_s}};

} // namespace

QString ActionCard::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return name;
    }
    return {};
}

QString ActionCard::statusName(Status status)
{
    for (const auto &[s, name] : statusNames) {
        if (s == status)
            return name;
    }
    return {};
}

QJsonObject ActionCard::toJson() const
{
    return QJsonObject{{u"type"_s, u"hydron_action_card"_s},
                       {u"id"_s, id},
                       {u"kind"_s, kindName(kind)},
                       {u"status"_s, statusName(status)},
                       {u"title"_s, title},
                       {u"summary"_s, summary},
                       {u"diff"_s, diff},
                       {u"payload"_s, payload},
                       {u"outcome"_s, outcome}};
}

Result<ActionCard> ActionCard::fromJson(const QJsonObject &json)
{
    ActionCard card;
    card.id = json.value(u"id"_s).toString();
    if (card.id.isEmpty())
        return fail(Error::Code::Corrupt, Tr::tr("An action card has no id."));
    const QString kind = json.value(u"kind"_s).toString();
    const QString status = json.value(u"status"_s).toString();
    bool kindFound = false;
    for (const auto &[k, name] : kindNames) {
        if (name == kind) {
            card.kind = k;
            kindFound = true;
        }
    }
    bool statusFound = false;
    for (const auto &[s, name] : statusNames) {
        if (name == status) {
            card.status = s;
            statusFound = true;
        }
    }
    if (!kindFound || !statusFound)
        return fail(Error::Code::Corrupt, Tr::tr("Action card %1 has an unknown kind or status.").arg(card.id));
    card.title = json.value(u"title"_s).toString();
    card.summary = json.value(u"summary"_s).toString();
    card.diff = json.value(u"diff"_s).toString();
    card.payload = json.value(u"payload"_s).toObject();
    card.outcome = json.value(u"outcome"_s).toString();
    return card;
}

} // namespace hydron::assistant
