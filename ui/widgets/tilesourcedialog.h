// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace atlas {

// Raster tile source: off by default. Only stores the choice in QSettings ("tiles/enabled",
// "tiles/url": an http(s) URL template, an .mbtiles file or a folder of z/x/y tiles); the
// window's TileController uses it. The notice says plainly what a server source means, because
// the app is offline first.
class TileSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TileSourceDialog(QSettings *settings, QWidget *parent = nullptr);

    static constexpr const char *enabledKey = "tiles/enabled";
    static constexpr const char *urlKey = "tiles/url";
    static QString defaultUrl();
    // Empty when createTileSource() accepts the spec, else the reason.
    static QString checkSource(const QString &spec);

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *urlEdit() const { return m_url; }
    QLabel *notice() const { return m_notice; }

    void accept() override;

private:
    void updateNotice();

    QSettings *m_settings;
    QCheckBox *m_enabled;
    QLineEdit *m_url;
    QPushButton *m_browseFile;
    QPushButton *m_browseFolder;
    QLabel *m_notice;
    QLabel *m_error;
};

} // namespace atlas
