// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/newprojectsourcepage.h"

#include "core/model/names.h"
#include "core/source/gitremote.h"
#include "core/source/imagereference.h"
#include "core/store/projectstore.h"
#include "ui/icons.h"
#include "ui/models/newprojecttemplatemodel.h"
#include "ui/newprojectwizard.h"
#include "ui/style.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

// Rows of the Git form that show only for some URLs.
constexpr int GitTokenRow = 2;
constexpr int GitKeyFileRow = 3;

constexpr std::array cardKinds{ProjectSource::Kind::Git, ProjectSource::Kind::Folder, ProjectSource::Kind::Image,
                               ProjectSource::Kind::Template};

QColor accent(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

// A checkable card: an icon, a title and a line of text.
class SourceCard final : public QAbstractButton
{
public:
    SourceCard(const QString &icon, const QString &title, const QString &text, QWidget *parent)
        : QAbstractButton(parent)
        , m_icon(icons::themed(icon))
        , m_title(title)
        , m_text(text)
    {
        setCheckable(true);
        setAutoExclusive(false);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAccessibleName(title);
        setAccessibleDescription(text);
        setAttribute(Qt::WA_Hover);
    }

    [[nodiscard]] QSize sizeHint() const override
    {
        const QFontMetrics fm(font());
        return {200, 28 + 22 + fm.height() * 4};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
        QColor fill = pal.color(QPalette::Base);
        QColor border = style::separatorColor(pal);
        if (isChecked()) {
            fill = style::mix(fill, accent(pal), 0.10);
            border = accent(pal);
        } else if (underMouse()) {
            border = style::mix(border, accent(pal), 0.5);
        }
        QPainterPath path;
        path.addRoundedRect(box, 8, 8);
        p.fillPath(path, fill);
        p.setPen(QPen(border, isChecked() ? 2.0 : 1.0));
        p.drawPath(path);
        if (hasFocus()) {
            p.setPen(QPen(accent(pal), 1.0, Qt::DotLine));
            p.drawRoundedRect(box.adjusted(3, 3, -3, -3), 6, 6);
        }
        const int pad = 14;
        const int iconSize = 22;
        m_icon.paint(&p, QRect(pad, pad, iconSize, iconSize));
        QFont titleFont = font();
        titleFont.setWeight(QFont::DemiBold);
        p.setFont(titleFont);
        p.setPen(pal.color(QPalette::Text));
        const QRect titleRect(pad + iconSize + 10, pad, width() - 2 * pad - iconSize - 10, iconSize);
        p.drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft, m_title);
        p.setFont(font());
        p.setPen(style::secondaryTextColor(pal));
        const QRect textRect(pad, pad + iconSize + 8, width() - 2 * pad, height() - pad - iconSize - 8 - 8);
        p.drawText(textRect, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, m_text);
    }

private:
    QIcon m_icon;
    QString m_title;
    QString m_text;
};

// A template in the gallery, drawn as a card: name, category, description, services.
class TemplateCardDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int DescriptionLines = 3;

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {292, 10 + 8 + fm.height() + 4 + DescriptionLines * fm.lineSpacing() + 6 + fm.height() + 8 + 8};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const bool hover = option.state.testFlag(QStyle::State_MouseOver);
        const QRectF box = QRectF(option.rect).adjusted(5.5, 5.5, -5.5, -5.5);
        QColor fill = pal.color(QPalette::Base);
        QColor border = style::separatorColor(pal);
        if (selected) {
            fill = style::mix(fill, accent(pal), 0.10);
            border = accent(pal);
        } else if (hover) {
            border = style::mix(border, accent(pal), 0.5);
        }
        QPainterPath path;
        path.addRoundedRect(box, 8, 8);
        p->fillPath(path, fill);
        p->setPen(QPen(border, selected ? 2.0 : 1.0));
        p->drawPath(path);

        const QFontMetrics fm(option.font);
        const QRect inner = box.toRect().adjusted(12, 8, -12, -8);
        const QColor secondary = style::secondaryTextColor(pal);
        // The category on the right, the name in what is left.
        const QString category = index.data(NewProjectTemplateModel::CategoryRole).toString();
        const int categoryWidth = fm.horizontalAdvance(category);
        p->setPen(secondary);
        const QRect firstLine(inner.left(), inner.top(), inner.width(), fm.height());
        p->drawText(firstLine, Qt::AlignRight | Qt::AlignVCenter, category);
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(firstLine.adjusted(0, 0, -(categoryWidth + 8), 0), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                  inner.width() - categoryWidth - 8));
        p->setFont(option.font);
        // The description: at most three lines, the last one elided when there is more.
        const QString text = index.data(NewProjectTemplateModel::DescriptionRole).toString();
        QTextLayout layout(text, option.font);
        layout.beginLayout();
        int y = firstLine.bottom() + 5;
        for (int i = 0; i < DescriptionLines; ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(inner.width());
            const bool last = i == DescriptionLines - 1 && line.textStart() + line.textLength() < text.size();
            const QString shown = last ? fm.elidedText(text.mid(line.textStart()), Qt::ElideRight, inner.width())
                                       : text.mid(line.textStart(), line.textLength()).trimmed();
            p->drawText(QRect(inner.left(), y, inner.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                        shown);
            y += fm.lineSpacing();
        }
        layout.endLayout();
        p->setPen(secondary);
        const QString services = QCoreApplication::translate("hydron::ui::NewProjectSourcePage", "Services: %1")
                                     .arg(index.data(NewProjectTemplateModel::ServicesRole).toString());
        p->drawText(QRect(inner.left(), inner.bottom() - fm.height() + 1, inner.width(), fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(services, Qt::ElideRight, inner.width()));
        p->restore();
    }
};

QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(u"sourceFormLabel"_s);
    label->setBuddy(buddy);
    return label;
}

// A form at the top of a details page, with the rest of the page left empty below it.
QFormLayout *topForm(QWidget *page)
{
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    column->addLayout(form);
    column->addStretch(1);
    return form;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new style::SecondaryLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QVBoxLayout *fieldColumn(QWidget *field, QWidget *below)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    column->addWidget(field);
    if (below)
        column->addWidget(below);
    return column;
}

// "80, 443" → ports, or the first problem.
Result<QList<int>> parsePorts(const QString &text)
{
    QList<int> ports;
    for (const QString &part : text.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int port = part.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("hydron::ui::NewProjectSourcePage",
                                                    "“%1” is not a port: give numbers between 1 and 65535, "
                                                    "separated by commas.")
                            .arg(part));
        if (!ports.contains(port))
            ports << port;
    }
    return ports;
}

// "NAME=value" lines → variables, or the first problem (with its line number).
Result<QList<EnvVar>> parseEnv(const QString &text)
{
    static const QRegularExpression namePattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QList<EnvVar> env;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString name = (eq < 0 ? line : line.left(eq)).trimmed();
        if (!namePattern.match(name).hasMatch())
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("hydron::ui::NewProjectSourcePage",
                                                    "Line %1: “%2” is not a variable name. Write NAME=value, one "
                                                    "per line; names use letters, digits and “_”.")
                            .arg(i + 1)
                            .arg(name));
        if (std::any_of(env.cbegin(), env.cend(), [&name](const EnvVar &v) { return v.name == name; }))
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("hydron::ui::NewProjectSourcePage", "Line %1: %2 is given twice.")
                            .arg(i + 1)
                            .arg(name));
        env.append(EnvVar{name, eq < 0 ? QString() : line.mid(eq + 1), false, false});
    }
    return env;
}

// A name for the project from what the source is called.
QString nameFromPath(QString path)
{
    while (path.endsWith(u'/') || path.endsWith(u'\\'))
        path.chop(1);
    QString last = path.section(QRegularExpression(u"[/\\\\:]"_s), -1);
    if (last.endsWith(u".git"_s))
        last.chop(4);
    return last;
}

} // namespace

NewProjectSourcePage::NewProjectSourcePage(NewProjectWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"newProjectSourcePage"_s);
    setTitle(tr("Where is the application?"));
    setSubTitle(tr("Hydron reads a Git repository or a folder to find its services. A Docker image or a template "
                   "needs no analysis."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(14);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_cards = new QButtonGroup(this);
    m_cards->setExclusive(true);
    const std::array<std::tuple<const char *, QString, QString, QString>, 4> cardData{{
        {"sourceCardGit", u"link"_s, tr("Git repository"),
         tr("Clone over HTTPS or SSH at a branch, tag or commit, then analyse.")},
        {"sourceCardFolder", u"folder"_s, tr("Local folder"), tr("Analyse a folder on this computer.")},
        {"sourceCardImage", u"dockerfile"_s, tr("Docker image"),
         tr("Run an existing image. You give its ports and environment.")},
        {"sourceCardTemplate", u"projects"_s, tr("Template"),
         tr("Start from a ready set of services: Ghost, WordPress, n8n…")},
    }};
    for (std::size_t i = 0; i < cardData.size(); ++i) {
        const auto &[name, icon, title, text] = cardData.at(i);
        auto *card = new SourceCard(icon, title, text, this);
        card->setObjectName(QString::fromLatin1(name));
        m_cards->addButton(card, static_cast<int>(cardKinds.at(i)));
        cards->addWidget(card);
    }
    layout->addLayout(cards);

    m_details = new QStackedWidget(this);
    m_details->addWidget(buildGit());
    m_details->addWidget(buildFolder());
    m_details->addWidget(buildImage());
    m_details->addWidget(buildTemplates());
    layout->addWidget(m_details, 1);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    layout->addWidget(separator);

    auto *nameForm = new QFormLayout;
    nameForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    nameForm->setHorizontalSpacing(12);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"projectNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Storefront"));
    m_name->setClearButtonEnabled(true);
    m_nameError = new style::InlineErrorLabel(this);
    m_nameError->setObjectName(u"projectNameError"_s);
    nameForm->addRow(formLabel(tr("Project &name"), m_name, this), fieldColumn(m_name, m_nameError));
    layout->addLayout(nameForm);

    connect(m_cards, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        for (std::size_t i = 0; i < cardKinds.size(); ++i) {
            if (static_cast<int>(cardKinds.at(i)) == id)
                m_details->setCurrentIndex(static_cast<int>(i));
        }
        suggestName();
        validate();
    });
    // A click on a card goes on to its first field, so the user can type at once.
    connect(m_cards, &QButtonGroup::idClicked, this, [this] {
        QWidget *first = nullptr;
        switch (kind()) {
        case ProjectSource::Kind::Git:
            first = m_gitUrl;
            break;
        case ProjectSource::Kind::Folder:
            first = m_folder;
            break;
        case ProjectSource::Kind::Image:
            first = m_image;
            break;
        case ProjectSource::Kind::Template:
            first = m_templates;
            break;
        case ProjectSource::Kind::None:
            break;
        }
        if (first)
            first->setFocus(Qt::OtherFocusReason);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_suggesting)
            validate();
    });
    int labelWidth = 0;
    const QList<QLabel *> labels = findChildren<QLabel *>(u"sourceFormLabel"_s);
    for (QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);
    setKind(ProjectSource::Kind::Git);
}

QWidget *NewProjectSourcePage::buildGit()
{
    auto *page = new QWidget(this);
    m_gitForm = topForm(page);
    m_gitUrl = new QLineEdit(page);
    m_gitUrl->setObjectName(u"gitUrlEdit"_s);
    m_gitUrl->setPlaceholderText(tr("https://git.example.com/team/app.git or git@git.example.com:team/app.git"));
    m_gitError = new style::InlineErrorLabel(page);
    m_gitError->setObjectName(u"gitUrlError"_s);
    m_gitForm->addRow(formLabel(tr("Repository &URL"), m_gitUrl, page), fieldColumn(m_gitUrl, m_gitError));
    m_gitRef = new QLineEdit(page);
    m_gitRef->setObjectName(u"gitRefEdit"_s);
    m_gitRef->setPlaceholderText(tr("The default branch"));
    m_gitForm->addRow(formLabel(tr("Branch, tag or &commit"), m_gitRef, page), m_gitRef);
    m_gitToken = new QLineEdit(page);
    m_gitToken->setObjectName(u"gitTokenEdit"_s);
    m_gitToken->setEchoMode(QLineEdit::Password);
    m_gitToken->setPlaceholderText(tr("Optional: for a private repository"));
    m_gitForm->addRow(formLabel(tr("Access &token"), m_gitToken, page),
                      fieldColumn(m_gitToken, hint(tr("Kept in your system keychain, never in a URL or a file. "
                                                      "Left empty, a token stored there for this host is used."),
                                                   page)));
    m_gitKeyFile = new QLineEdit(page);
    m_gitKeyFile->setObjectName(u"gitKeyFileEdit"_s);
    m_gitKeyFile->setPlaceholderText(tr("Optional: ~/.ssh/id_ed25519"));
    auto *browse = new QPushButton(icons::themed(u"folder"_s), tr("Browse…"), page);
    browse->setObjectName(u"gitKeyFileBrowseButton"_s);
    browse->setAutoDefault(false);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_gitKeyFile, 1);
    keyRow->addWidget(browse);
    auto *keyColumn = new QVBoxLayout;
    keyColumn->setSpacing(4);
    keyColumn->addLayout(keyRow);
    keyColumn->addWidget(hint(tr("Keys in ssh-agent are tried first, then this key file (its passphrase, if it has "
                                 "one, from your keychain)."),
                              page));
    m_gitForm->addRow(formLabel(tr("SSH &key file"), m_gitKeyFile, page), keyColumn);
    connect(browse, &QPushButton::clicked, this, &NewProjectSourcePage::chooseKeyFile);
    for (QLineEdit *edit : {m_gitUrl, m_gitRef, m_gitToken, m_gitKeyFile})
        connect(edit, &QLineEdit::textChanged, this, &NewProjectSourcePage::validate);
    connect(m_gitUrl, &QLineEdit::textChanged, this, &NewProjectSourcePage::suggestName);
    return page;
}

QWidget *NewProjectSourcePage::buildFolder()
{
    auto *page = new QWidget(this);
    QFormLayout *form = topForm(page);
    m_folder = new QLineEdit(page);
    m_folder->setObjectName(u"folderEdit"_s);
    m_folder->setPlaceholderText(tr("The application's folder on this computer"));
    auto *browse = new QPushButton(icons::themed(u"folder"_s), tr("Browse…"), page);
    browse->setObjectName(u"folderBrowseButton"_s);
    browse->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    m_folderError = new style::InlineErrorLabel(page);
    m_folderError->setObjectName(u"folderError"_s);
    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    column->addLayout(row);
    column->addWidget(m_folderError);
    column->addWidget(hint(tr("Hydron reads the folder where it is and changes nothing in it. Dependency and build "
                              "folders and what .gitignore lists are skipped."),
                           page));
    form->addRow(formLabel(tr("&Folder"), m_folder, page), column);
    connect(browse, &QPushButton::clicked, this, &NewProjectSourcePage::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &NewProjectSourcePage::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &NewProjectSourcePage::suggestName);
    return page;
}

QWidget *NewProjectSourcePage::buildImage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = topForm(page);
    m_image = new QLineEdit(page);
    m_image->setObjectName(u"imageEdit"_s);
    m_image->setPlaceholderText(tr("e.g. nginx:1.27 or registry.example.test/team/app:2.1"));
    m_imageHint = new style::SecondaryLabel(page);
    m_imageHint->setObjectName(u"imageHint"_s);
    m_imageHint->setWordWrap(true);
    m_imageHint->hide();
    m_imageError = new style::InlineErrorLabel(page);
    m_imageError->setObjectName(u"imageError"_s);
    auto *imageColumn = fieldColumn(m_image, m_imageError);
    imageColumn->addWidget(m_imageHint);
    form->addRow(formLabel(tr("&Image"), m_image, page), imageColumn);
    m_imagePorts = new QLineEdit(page);
    m_imagePorts->setObjectName(u"imagePortsEdit"_s);
    m_imagePorts->setPlaceholderText(tr("e.g. 8080 (the ports the container listens on)"));
    form->addRow(formLabel(tr("&Ports"), m_imagePorts, page), m_imagePorts);
    m_imageEnv = new QPlainTextEdit(page);
    m_imageEnv->setObjectName(u"imageEnvEdit"_s);
    m_imageEnv->setPlaceholderText(tr("NAME=value, one per line. Mark secrets on the next page."));
    m_imageEnv->setTabChangesFocus(true);
    m_imageEnv->setMaximumHeight(110);
    form->addRow(formLabel(tr("&Environment"), m_imageEnv, page), m_imageEnv);
    for (QLineEdit *edit : {m_image, m_imagePorts})
        connect(edit, &QLineEdit::textChanged, this, &NewProjectSourcePage::validate);
    connect(m_imageEnv, &QPlainTextEdit::textChanged, this, &NewProjectSourcePage::validate);
    connect(m_image, &QLineEdit::textChanged, this, &NewProjectSourcePage::suggestName);
    return page;
}

QWidget *NewProjectSourcePage::buildTemplates()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_templateModel = new NewProjectTemplateModel(this);
    m_templateModel->setTemplates(m_wizard->templates());
    m_templates = new QListView(page);
    m_templates->setObjectName(u"templateGallery"_s);
    m_templates->setModel(m_templateModel);
    m_templates->setItemDelegate(new TemplateCardDelegate(m_templates));
    m_templates->setViewMode(QListView::IconMode);
    m_templates->setFlow(QListView::LeftToRight);
    m_templates->setWrapping(true);
    m_templates->setResizeMode(QListView::Adjust);
    m_templates->setMovement(QListView::Static);
    m_templates->setUniformItemSizes(true);
    m_templates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_templates->setFrameShape(QFrame::NoFrame);
    m_templates->setMouseTracking(true);
    m_templates->viewport()->setAttribute(Qt::WA_Hover);
    m_templates->viewport()->setBackgroundRole(QPalette::Window);
    m_templates->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_templates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_templates->setAccessibleName(tr("Templates"));
    layout->addWidget(m_templates, 1);
    m_templateError = new style::InlineErrorLabel(page);
    m_templateError->setObjectName(u"templateError"_s);
    if (const auto &error = m_wizard->templateError())
        m_templateError->showError(tr("The template gallery could not be read: %1").arg(error->message));
    layout->addWidget(m_templateError);
    connect(m_templates->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        suggestName();
        validate();
    });
    return page;
}

ProjectSource::Kind NewProjectSourcePage::kind() const
{
    const int id = m_cards->checkedId();
    return id < 0 ? ProjectSource::Kind::Git : static_cast<ProjectSource::Kind>(id);
}

void NewProjectSourcePage::setKind(ProjectSource::Kind kind)
{
    if (QAbstractButton *card = m_cards->button(static_cast<int>(kind)))
        card->setChecked(true);
}

void NewProjectSourcePage::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Application's Folder"));
    dialog->setObjectName(u"newProjectFolderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    if (!m_folder->text().isEmpty())
        dialog->setDirectory(m_folder->text());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folder->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void NewProjectSourcePage::chooseKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose an SSH Private Key"), QDir::home().filePath(u".ssh"_s));
    dialog->setObjectName(u"newProjectKeyFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog, false);
    dialog->setFilter(QDir::Files | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_gitKeyFile->setText(file); });
    dialog->open();
}

void NewProjectSourcePage::suggestName()
{
    if (m_nameTouched)
        return;
    QString name;
    switch (kind()) {
    case ProjectSource::Kind::Git:
        if (const auto remote = source::GitRemote::parse(m_gitUrl->text().trimmed()))
            name = nameFromPath(remote->path());
        break;
    case ProjectSource::Kind::Folder:
        if (!m_folder->text().trimmed().isEmpty())
            name = nameFromPath(QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed())));
        break;
    case ProjectSource::Kind::Image:
        if (const auto image = source::ImageReference::parse(m_image->text().trimmed()))
            name = image->repository().section(u'/', -1);
        break;
    case ProjectSource::Kind::Template:
        if (const auto *t = m_templateModel->templateAt(m_templates->currentIndex().row()))
            name = t->name();
        break;
    case ProjectSource::Kind::None:
        break;
    }
    m_suggesting = true;
    m_name->setText(name);
    m_suggesting = false;
    validate();
}

QString NewProjectSourcePage::checkGit(bool show)
{
    const QString url = m_gitUrl->text().trimmed();
    QString problem;
    std::optional<source::GitRemote> remote;
    if (url.isEmpty()) {
        problem = tr("Give the repository's URL.");
    } else if (auto parsed = source::GitRemote::parse(url); !parsed) {
        problem = parsed.error().message;
    } else {
        remote = *parsed;
        if (!m_wizard->fetcher())
            problem = tr("Git is not available in this build of Hydron.");
    }
    m_gitForm->setRowVisible(GitTokenRow, !remote || remote->isHttp());
    m_gitForm->setRowVisible(GitKeyFileRow, !remote || remote->isSsh());
    if (show)
        m_gitError->showError(url.isEmpty() ? QString() : problem);
    return problem;
}

QString NewProjectSourcePage::checkFolder(bool show)
{
    const QString path = m_folder->text().trimmed();
    QString problem;
    if (path.isEmpty()) {
        problem = tr("Choose the folder.");
    } else {
        const QFileInfo info(QDir::fromNativeSeparators(path));
        if (!info.exists())
            problem = tr("There is no folder at %1.").arg(path);
        else if (!info.isDir())
            problem = tr("%1 is a file, not a folder.").arg(path);
        else if (!info.isReadable())
            problem = tr("Hydron may not read %1: check its permissions.").arg(path);
        else if (info.isRelative())
            problem =
                tr("Give the folder's full path, such as %1.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    if (show)
        m_folderError->showError(path.isEmpty() ? QString() : problem);
    return problem;
}

QString NewProjectSourcePage::checkImage(bool show)
{
    const QString text = m_image->text().trimmed();
    QString problem;
    m_imageHint->clear();
    m_imageHint->hide();
    if (text.isEmpty()) {
        problem = tr("Give the image's reference.");
    } else if (auto image = source::ImageReference::parse(text); !image) {
        problem = image.error().message;
    } else {
        m_imageHint->setText(image->isPinned()
                                 ? tr("Runs %1.").arg(image->toString())
                                 : tr("Runs %1. Without a fixed tag or digest, a redeploy may run a different "
                                      "image: consider a version tag.")
                                       .arg(image->toString()));
    }
    m_imageHint->setVisible(!m_imageHint->text().isEmpty());
    if (problem.isEmpty()) {
        if (auto ports = parsePorts(m_imagePorts->text()); !ports)
            problem = ports.error().message;
    }
    if (problem.isEmpty()) {
        if (auto env = parseEnv(m_imageEnv->toPlainText()); !env)
            problem = env.error().message;
    }
    if (show)
        m_imageError->showError(text.isEmpty() ? QString() : problem);
    return problem;
}

QString NewProjectSourcePage::checkTemplate(bool show)
{
    Q_UNUSED(show)
    if (m_wizard->templateError())
        return m_templateError->text();
    if (!m_templateModel->templateAt(m_templates->currentIndex().row()))
        return tr("Choose a template.");
    return {};
}

QString NewProjectSourcePage::checkName(bool show)
{
    // The same check, and the same words, as ProjectStore uses when it saves.
    auto name = validateName(m_name->text(), QCoreApplication::translate("hydron::ProjectStore", "project name"));
    QString problem;
    if (!name) {
        problem = name.error().message;
    } else if (auto other = m_wizard->projects().findByName(*name)) {
        problem = QCoreApplication::translate("hydron::ProjectStore",
                                              "A project named \"%1\" already exists. Choose another name.")
                      .arg(other->name);
    }
    if (show)
        m_nameError->showError(m_nameTouched || !m_name->text().isEmpty() ? problem : QString());
    return problem;
}

void NewProjectSourcePage::validate()
{
    QString problem;
    switch (kind()) {
    case ProjectSource::Kind::Git:
        problem = checkGit(true);
        break;
    case ProjectSource::Kind::Folder:
        problem = checkFolder(true);
        break;
    case ProjectSource::Kind::Image:
        problem = checkImage(true);
        break;
    case ProjectSource::Kind::Template:
        problem = checkTemplate(true);
        break;
    case ProjectSource::Kind::None:
        break;
    }
    const QString nameProblem = checkName(true);
    const bool complete = problem.isEmpty() && nameProblem.isEmpty();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }
}

bool NewProjectSourcePage::isComplete() const
{
    return m_complete;
}

NewProjectChoice NewProjectSourcePage::choice() const
{
    NewProjectChoice choice;
    choice.kind = kind();
    choice.name = m_name->text().trimmed();
    switch (choice.kind) {
    case ProjectSource::Kind::Git: {
        const auto remote = source::GitRemote::parse(m_gitUrl->text().trimmed());
        choice.git.url = m_gitUrl->text().trimmed();
        choice.git.ref = m_gitRef->text().trimmed();
        if (remote && remote->isSsh()) {
            choice.git.ssh.privateKeyFile = QDir::fromNativeSeparators(m_gitKeyFile->text().trimmed());
            if (choice.git.ssh.privateKeyFile.startsWith(u"~/"_s))
                choice.git.ssh.privateKeyFile = QDir::home().filePath(choice.git.ssh.privateKeyFile.mid(2));
        }
        if (remote && remote->isHttp())
            choice.gitToken = m_gitToken->text().trimmed();
        choice.git.ssh.trustedHostKeys = m_wizard->trustedHostKeys();
        break;
    }
    case ProjectSource::Kind::Folder:
        choice.folder = QFileInfo(QDir::fromNativeSeparators(m_folder->text().trimmed())).absoluteFilePath();
        break;
    case ProjectSource::Kind::Image:
        choice.image = m_image->text().trimmed();
        choice.imagePorts = parsePorts(m_imagePorts->text()).value_or(QList<int>());
        choice.imageEnv = parseEnv(m_imageEnv->toPlainText()).value_or(QList<EnvVar>());
        break;
    case ProjectSource::Kind::Template:
        if (const auto *t = m_templateModel->templateAt(m_templates->currentIndex().row()))
            choice.templateId = t->id();
        break;
    case ProjectSource::Kind::None:
        break;
    }
    return choice;
}

bool NewProjectSourcePage::validatePage()
{
    validate();
    if (!m_complete)
        return false;
    m_wizard->setChoice(choice());
    return true;
}

int NewProjectSourcePage::nextId() const
{
    switch (kind()) {
    case ProjectSource::Kind::Git:
    case ProjectSource::Kind::Folder:
        return NewProjectWizard::FetchPageId;
    default:
        return NewProjectWizard::ReviewPageId;
    }
}

} // namespace hydron::ui
