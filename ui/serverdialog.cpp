// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverdialog.h"

#include "core/store/serverstore.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/style.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

// Does the address text carry more than a host (a user, a port or a scheme)?
bool hasUser(const QString &text)
{
    return text.contains(u'@');
}

bool hasPort(const QString &text)
{
    static const QRegularExpression bracketed(u"\\]:\\d+/?$"_s);
    static const QRegularExpression plain(u"^[^:\\[\\]]*(://[^:]*)?:\\d+/?$"_s);
    const QString t = text.trimmed();
    return bracketed.match(t).hasMatch() || plain.match(t).hasMatch();
}

bool isAddress(const QString &text)
{
    return text.contains(u"://") || hasUser(text) || hasPort(text) || text.trimmed().startsWith(u'[');
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    return tags;
}

} // namespace

ServerDialog::ServerDialog(ServerStore &servers, std::optional<Server> existing, QWidget *parent)
    : QDialog(parent)
    , m_servers(servers)
    , m_existing(std::move(existing))
{
    setObjectName(u"serverDialog"_s);
    setWindowTitle(m_existing ? tr("Edit Server") : tr("Add Server"));
    setMinimumWidth(540);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    auto *heading = new QLabel(m_existing ? tr("Edit “%1”").arg(m_existing->name) : tr("Add a server"), this);
    style::setFontScale(heading, 1.3, QFont::DemiBold);
    layout->addWidget(heading);
    auto *intro = new style::SecondaryLabel(
        tr("A Linux server you own and reach over SSH. Hydron keeps its details on this computer; nothing is sent "
           "to the server until you provision or deploy."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"serverNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. web-1"));
    form->addRow(tr("&Name"), m_name);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"serverHostEdit"_s);
    m_host->setPlaceholderText(tr("host name, IP address or ssh://user@host:port"));
    form->addRow(tr("&Address"), m_host);

    auto *login = new QHBoxLayout;
    login->setSpacing(8);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"serverUserEdit"_s);
    m_user->setText(u"root"_s);
    login->addWidget(m_user, 1);
    auto *portLabel = new QLabel(tr("&Port"), this);
    login->addWidget(portLabel);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"serverPortSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    portLabel->setBuddy(m_port);
    login->addWidget(m_port);
    auto *userLabel = new QLabel(tr("&User"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, login);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"serverAuthCombo"_s);
    m_auth->addItem(authMethodLabel(AuthMethod::Agent), static_cast<int>(AuthMethod::Agent));
    m_auth->addItem(authMethodLabel(AuthMethod::KeyFile), static_cast<int>(AuthMethod::KeyFile));
    form->addRow(tr("Sign &in with"), m_auth);

    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(6);
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(u"serverKeyFileEdit"_s);
    m_keyFile->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    keyRow->addWidget(m_keyFile, 1);
    m_browseKey = new QToolButton(this);
    m_browseKey->setObjectName(u"serverKeyFileBrowseButton"_s);
    m_browseKey->setIcon(icons::themed(u"key"_s));
    m_browseKey->setToolTip(tr("Choose a private key file"));
    keyRow->addWidget(m_browseKey);
    auto *keyLabel = new QLabel(tr("&Key file"), this);
    keyLabel->setBuddy(m_keyFile);
    form->addRow(keyLabel, keyRow);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(u"serverTagsEdit"_s);
    m_tags->setPlaceholderText(tr("comma-separated, e.g. production, eu"));
    form->addRow(tr("&Tags"), m_tags);
    layout->addLayout(form);

    m_error = new style::InlineErrorLabel(this);
    m_error->setObjectName(u"serverError"_s);
    layout->addWidget(m_error);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"serverDialogOkButton"_s);
    m_ok->setText(m_existing ? tr("Save") : tr("Add Server"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"serverDialogCancelButton"_s);
    layout->addWidget(buttons);

    // Tags: complete the tag being typed (after the last comma) from the tags already in use.
    m_tagCompleter = new QCompleter(new QStringListModel(m_servers.allTags(), this), this);
    m_tagCompleter->setObjectName(u"serverTagsCompleter"_s);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setCompletionMode(QCompleter::PopupCompletion);
    m_tagCompleter->setWidget(m_tags);
    connect(m_tags, &QLineEdit::textEdited, this, &ServerDialog::completeTag);
    connect(m_tagCompleter, qOverload<const QString &>(&QCompleter::activated), this, &ServerDialog::insertTag);

    if (m_existing) {
        m_name->setText(m_existing->name);
        m_host->setText(m_existing->host);
        m_user->setText(m_existing->user);
        m_port->setValue(m_existing->port);
        m_auth->setCurrentIndex(m_auth->findData(static_cast<int>(m_existing->auth)));
        m_keyFile->setText(m_existing->keyFile);
        m_tags->setText(m_existing->tags.join(u", "_s));
        m_touched = true;
    }

    auto touched = [this] {
        m_touched = true;
        validate();
    };
    connect(m_name, &QLineEdit::textChanged, this, touched);
    connect(m_host, &QLineEdit::textChanged, this, &ServerDialog::addressEdited);
    connect(m_host, &QLineEdit::editingFinished, this, &ServerDialog::tidyAddress);
    connect(m_user, &QLineEdit::textChanged, this, touched);
    connect(m_port, &QSpinBox::valueChanged, this, touched);
    connect(m_auth, &QComboBox::currentIndexChanged, this, touched);
    connect(m_keyFile, &QLineEdit::textChanged, this, touched);
    connect(m_tags, &QLineEdit::textChanged, this, touched);
    connect(m_browseKey, &QToolButton::clicked, this, &ServerDialog::chooseKeyFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);

    validate();
    m_name->setFocus();
}

Result<Server> ServerDialog::serverFromFields() const
{
    Server server = m_existing.value_or(Server{});
    server.name = m_name->text().trimmed();
    const QString address = m_host->text().trimmed();
    if (isAddress(address)) {
        auto parsed = SshAddress::parse(address);
        if (!parsed)
            return std::unexpected(parsed.error());
        server.host = parsed->host;
    } else {
        server.host = address;
    }
    server.user = m_user->text().trimmed();
    server.port = m_port->value();
    server.auth = static_cast<AuthMethod>(m_auth->currentData().toInt());
    server.keyFile = server.auth == AuthMethod::KeyFile ? m_keyFile->text().trimmed() : QString();
    server.tags = splitTags(m_tags->text());
    if (auto problem = server.validate())
        return std::unexpected(*problem);
    return server;
}

void ServerDialog::validate()
{
    const bool keyFile = static_cast<AuthMethod>(m_auth->currentData().toInt()) == AuthMethod::KeyFile;
    m_keyFile->setEnabled(keyFile);
    m_browseKey->setEnabled(keyFile);
    const auto server = serverFromFields();
    m_error->showError(!server && m_touched ? server.error().message : QString());
    m_ok->setEnabled(server.has_value());
}

void ServerDialog::addressEdited()
{
    m_touched = true;
    const QString text = m_host->text().trimmed();
    if (isAddress(text)) {
        // Fill user and port from a whole address as it is typed.
        if (auto parsed = SshAddress::parse(text)) {
            const QSignalBlocker userBlock(m_user);
            const QSignalBlocker portBlock(m_port);
            if (hasUser(text))
                m_user->setText(parsed->user);
            if (hasPort(text))
                m_port->setValue(parsed->port);
        }
    }
    validate();
}

void ServerDialog::tidyAddress()
{
    // Once the user leaves the field, keep only the host there: user and port have their own fields.
    const QString text = m_host->text().trimmed();
    if (!isAddress(text))
        return;
    if (auto parsed = SshAddress::parse(text)) {
        const QSignalBlocker block(m_host);
        m_host->setText(parsed->host);
        validate();
    }
}

void ServerDialog::chooseKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Private Key"), QDir::homePath() + u"/.ssh"_s);
    dialog->setObjectName(u"serverKeyFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_keyFile->setText(file); });
    dialog->open();
}

void ServerDialog::completeTag()
{
    const QString text = m_tags->text();
    const QString current = text.section(u',', -1).trimmed();
    if (current.isEmpty()) {
        m_tagCompleter->popup()->hide();
        return;
    }
    m_tagCompleter->setCompletionPrefix(current);
    if (m_tagCompleter->completionCount() == 0) {
        m_tagCompleter->popup()->hide();
        return;
    }
    m_tagCompleter->complete();
}

void ServerDialog::insertTag(const QString &tag)
{
    QStringList parts = m_tags->text().split(u',');
    parts.removeLast();
    QStringList tags;
    for (const QString &part : std::as_const(parts)) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    tags << tag;
    m_tags->setText(tags.join(u", "_s) + u", "_s);
}

void ServerDialog::accept()
{
    tidyAddress();
    m_touched = true;
    auto server = serverFromFields();
    if (!server) {
        validate();
        return;
    }
    auto saved = m_existing ? m_servers.update(*server) : m_servers.add(*server);
    if (!saved) {
        const Error &error = saved.error();
        if (error.detail.isEmpty() || error.code == Error::Code::AlreadyExists ||
            error.code == Error::Code::InvalidInput) {
            m_error->showError(error.message);
        } else {
            MessageBox::error(this, tr("Could Not Save the Server"), error);
        }
        return;
    }
    Q_EMIT serverSaved(*saved);
    QDialog::accept();
}

} // namespace hydron::ui
