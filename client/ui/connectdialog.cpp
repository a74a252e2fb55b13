#include "connectdialog.h"

#include "client/core/serveraddress.h"
#include "shared/limits.h"
#include "shared/validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace palaver::client {

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_nick(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_discovery(m_clock)
    , m_discoveredStack(new QStackedWidget(this))
    , m_discovered(new QListView(m_discoveredStack))
    , m_discoveredEmpty(new QLabel(m_discoveredStack))
{
    setWindowTitle(tr("Connect to a Palaver Server"));
    setObjectName(u"connectDialog"_s);

    auto *intro = new QLabel(tr("Choose a Palaver server found on your network or enter its "
                                "address, and the name others will see."),
                             this);
    intro->setWordWrap(true);

    m_address->setObjectName(u"serverEdit"_s);
    m_address->setPlaceholderText(
        tr("e.g. 192.168.1.10 or chat.local:%1").arg(protocol::kDefaultPort));
    m_address->setAccessibleName(tr("Server address"));
    m_address->setAccessibleDescription(
        tr("A host name or IP address, optionally with :port, or a ws:// or wss:// URL. Several "
           "addresses of one server are separated by commas."));
    m_address->setClearButtonEnabled(true);

    m_nick->setObjectName(u"nickEdit"_s);
    m_nick->setPlaceholderText(tr("Your name in the chat"));
    m_nick->setAccessibleName(tr("Nickname"));
    m_nick->setAccessibleDescription(tr("The name others see next to your messages"));
    m_nick->setMaxLength(protocol::Limits{}.maxNickLength);

    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    QPushButton *connectButton = m_buttons->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    connectButton->setObjectName(u"connectButton"_s);
    connectButton->setAccessibleName(tr("Connect"));
    connectButton->setAccessibleDescription(
        tr("Connects to the server with this nickname. Available once both are filled in."));
    QPushButton *cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(u"cancelButton"_s);
    cancelButton->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    // Found servers, live: the list while there are some, a sentence while there are none.
    m_discovered->setObjectName(u"discoveredServers"_s);
    m_discovered->setModel(&m_discovery.model());
    m_discovered->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_discovered->setSelectionMode(QAbstractItemView::SingleSelection);
    m_discovered->setUniformItemSizes(true);
    m_discovered->setAccessibleName(tr("Servers found on this network"));
    m_discovered->setAccessibleDescription(
        tr("Palaver servers on the local network. Choosing one fills in the server address; "
           "double-click or press Enter to connect to it."));
    m_discoveredEmpty->setObjectName(u"discoveredServersEmpty"_s);
    m_discoveredEmpty->setText(
        tr("Looking for servers… none found yet. Type the address if you know it."));
    m_discoveredEmpty->setWordWrap(true);
    m_discoveredEmpty->setAlignment(Qt::AlignCenter);
    m_discoveredEmpty->setTextFormat(Qt::PlainText);
    m_discoveredStack->addWidget(m_discovered);
    m_discoveredStack->addWidget(m_discoveredEmpty);
    m_discoveredStack->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    auto *discoveredLabel = new QLabel(tr("Servers &found on this network:"), this);
    discoveredLabel->setBuddy(m_discovered);

    // Selected, not merely current: tabbing through the list makes a row current without the
    // user choosing it, and must not overwrite an address they typed.
    connect(m_discovered->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                if (!selected.indexes().isEmpty())
                    useDiscovered(selected.indexes().constFirst());
            });
    connect(m_discovered, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        useDiscovered(index);
        accept();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_discovery.model(), signal, this, &ConnectDialog::updateDiscoveredState);
    connect(&m_discovery.model(), &QAbstractItemModel::modelReset, this,
            &ConnectDialog::updateDiscoveredState);
    updateDiscoveredState();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_address);
    form->addRow(discoveredLabel);
    form->addRow(m_discoveredStack);
    form->addRow(tr("&Nickname:"), m_nick);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // The list belongs with the address it fills in.
    setTabOrder(m_address, m_discovered);
    setTabOrder(m_discovered, m_nick);

    connect(m_address, &QLineEdit::textChanged, this, &ConnectDialog::updateButton);
    connect(m_nick, &QLineEdit::textChanged, this, &ConnectDialog::updateButton);
    updateButton();
    intro->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void ConnectDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

void ConnectDialog::setNick(const QString &nick)
{
    m_nick->setText(nick);
}

void ConnectDialog::setProblem(const QString &problem)
{
    // Said in words with a warning sign, never by colour alone.
    m_problem->setText(problem.isEmpty() ? QString() : u"⚠ "_s + problem);
    m_problem->setVisible(!problem.isEmpty());
    // A wrapped label's height depends on its width, which layouts don't propagate upwards.
    if (isVisible())
        adjustSize();
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_discovery.start();
}

void ConnectDialog::hideEvent(QHideEvent *event)
{
    m_discovery.stop();
    QDialog::hideEvent(event);
}

void ConnectDialog::updateDiscoveredState()
{
    const bool found = m_discovery.model().rowCount() > 0;
    m_discoveredStack->setCurrentWidget(found ? static_cast<QWidget *>(m_discovered)
                                              : m_discoveredEmpty);
}

void ConnectDialog::useDiscovered(const QModelIndex &index)
{
    if (index.isValid())
        m_address->setText(index.data(DiscoveredServersModel::AddressRole).toString());
}

QString ConnectDialog::addressText() const
{
    return m_address->text().trimmed();
}

QString ConnectDialog::nick() const
{
    return protocol::normalizedNick(m_nick->text());
}

void ConnectDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_address->text().trimmed().isEmpty() && !m_nick->text().trimmed().isEmpty());
}

void ConnectDialog::accept()
{
    const ServerAddress address = parseServerAddress(m_address->text());
    if (!address.error.isEmpty()) {
        setProblem(address.error);
        m_address->setFocus();
        return;
    }
    if (const auto violation = protocol::checkNick(nick(), protocol::Limits{})) {
        setProblem(violation->code == protocol::ErrorCode::InvalidNick && nick().isEmpty()
                       ? tr("Enter a nickname.")
                       : tr("Choose another nickname: a nickname is 1 to %1 characters of one "
                            "alphabet, without control or invisible characters.")
                             .arg(protocol::Limits{}.maxNickLength));
        m_nick->setFocus();
        return;
    }
    m_urls = address.urls;
    QDialog::accept();
}

} // namespace palaver::client
