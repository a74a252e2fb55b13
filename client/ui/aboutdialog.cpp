#include "aboutdialog.h"

#include "resources.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QLabel *textLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Selectable, so a version can be copied into a bug report; by mouse only, so the labels
    // do not fill the tab order. A label that takes focus names itself for screen readers.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(text);
    return label;
}

/// Joins the lines of each paragraph, so that the text wraps to the width it is shown in
/// rather than at the file's 80 columns.
QString reflowed(const QString &text)
{
    QStringList paragraphs = text.trimmed().split(u"\n\n"_s);
    for (QString &paragraph : paragraphs)
        paragraph = paragraph.simplified();
    return paragraphs.join(u"\n\n"_s);
}

} // namespace

QString AboutDialog::licenceText()
{
    QFile file(u":/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString AboutDialog::licenceName()
{
    const QString text = licenceText();
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.trimmed().toString();
    }
    return {};
}

AboutDialog::AboutDialog(const QString &serverName, const QString &serverSoftware, bool connected,
                         QWidget *parent)
    : QDialog(parent)
    , m_licenceText(new QPlainTextEdit(this))
    , m_licenceToggle(new QPushButton(tr("Show &Licence"), this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Palaver"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(appIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setAccessibleName(tr("Palaver icon"));

    auto *title =
        textLabel(tr("Palaver %1").arg(QStringLiteral(PALAVER_VERSION)), u"aboutTitle"_s, this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);

    auto *description =
        textLabel(tr("Chat for the people on your local network, on a server you run yourself."),
                  u"aboutDescription"_s, this);
    auto *qt = textLabel(tr("Running on Qt %1 (built with Qt %2).")
                             .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                         u"aboutQtVersion"_s, this);

    QString serverText;
    if (!connected)
        serverText = tr("Not connected to a server.");
    else if (serverSoftware.isEmpty())
        serverText =
            tr("Connected to %1 (the server did not say which software it runs).").arg(serverName);
    else
        serverText = tr("Connected to %1, which runs %2.").arg(serverName, serverSoftware);
    auto *server = textLabel(serverText, u"aboutServer"_s, this);

    const QString licence = licenceName();
    auto *licenceLabel = textLabel(licence.isEmpty() ? tr("Released under a free licence.")
                                                     : tr("Released under the %1.").arg(licence),
                                   u"aboutLicence"_s, this);

    // The full text is there for whoever wants it, without making the dialog tall.
    m_licenceToggle->setObjectName(u"licenceToggle"_s);
    m_licenceToggle->setCheckable(true);
    m_licenceToggle->setAccessibleName(tr("Show the licence text"));
    m_licenceText->setObjectName(u"licenceText"_s);
    m_licenceText->setReadOnly(true);
    m_licenceText->setPlainText(reflowed(licenceText()));
    m_licenceText->setAccessibleName(tr("Licence text"));
    m_licenceText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_licenceText->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    m_licenceText->hide();
    connect(m_licenceToggle, &QPushButton::toggled, this, [this](bool shown) {
        m_licenceText->setVisible(shown);
        m_licenceToggle->setText(shown ? tr("Hide &Licence") : tr("Show &Licence"));
        m_licenceToggle->setAccessibleName(shown ? tr("Hide the licence text")
                                                 : tr("Show the licence text"));
        adjustSize();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"aboutButtons"_s);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addSpacing(fontMetrics().lineSpacing() / 2);
    text->addWidget(server);
    text->addWidget(qt);
    text->addWidget(licenceLabel);
    auto *toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_licenceToggle);
    toggleRow->addStretch();
    text->addLayout(toggleRow);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licenceText, 1);
    layout->addWidget(buttons);
    title->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    close->setFocus();
}

AboutDialog::~AboutDialog() = default;

} // namespace palaver::client
