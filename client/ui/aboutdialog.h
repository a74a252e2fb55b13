#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace palaver::client {

/// Help > About Palaver: the version, what Palaver is, the Qt it runs on, the licence (its
/// full text a click away) and the server the user is connected to, with its software.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    /// `serverName` and `serverSoftware` are what the server said in its welcome; they are
    /// shown only when `connected`.
    AboutDialog(const QString &serverName, const QString &serverSoftware, bool connected,
                QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The licence's short name: the first line of the LICENSE file ("MIT License").
    static QString licenceName();
    /// The full text of the LICENSE file, as compiled into the program.
    static QString licenceText();

private:
    QPlainTextEdit *m_licenceText;
    QPushButton *m_licenceToggle;
};

} // namespace palaver::client
