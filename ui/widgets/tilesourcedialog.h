// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace atlas {

// Online tile source: off by default. Only stores the choice in QSettings ("tiles/enabled",
// "tiles/url"); fetching is the tile layer's job. The notice says plainly what turning it on
// means, because the app is offline first.
class TileSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TileSourceDialog(QSettings *settings, QWidget *parent = nullptr);

    static constexpr const char *enabledKey = "tiles/enabled";
    static constexpr const char *urlKey = "tiles/url";
    static QString defaultUrl();
    // A template needs {z}, {x} and {y} and an http(s) scheme.
    static bool isValidTemplate(const QString &url);

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *urlEdit() const { return m_url; }
    QLabel *notice() const { return m_notice; }

    void accept() override;

private:
    void updateNotice();

    QSettings *m_settings;
    QCheckBox *m_enabled;
    QLineEdit *m_url;
    QLabel *m_notice;
    QLabel *m_error;
};

} // namespace atlas
