// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tilesourcedialog.h"

#include "tiles/tilesourcefactory.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace atlas {

QString TileSourceDialog::defaultUrl()
{
    return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

QString TileSourceDialog::checkSource(const QString &spec)
{
    // The same factory the window uses, so the dialog accepts exactly what will work. Creating
    // an HTTP source opens no connection.
    QString error;
    return createTileSource(spec, {}, &error) ? QString() : error;
}

namespace {
bool isServer(const QString &spec)
{
    return spec.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
           || spec.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}
} // namespace

TileSourceDialog::TileSourceDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Map Tile Source"));
    auto *v = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("&Show raster map tiles over the basemap"), this);
    m_enabled->setChecked(settings->value(QLatin1String(enabledKey), false).toBool());
    v->addWidget(m_enabled);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(settings->value(QLatin1String(urlKey), defaultUrl()).toString(), this);
    m_url->setPlaceholderText(defaultUrl());
    m_url->setMinimumWidth(420);
    m_url->setToolTip(tr("An http(s) URL template with {z}, {x} and {y}, an .mbtiles file or a folder of z/x/y.png tiles"));
    // Local sources need no typing: pick an .mbtiles file or a z/x/y folder.
    auto *row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    m_browseFile = new QPushButton(tr("MBTiles &File…"), this);
    m_browseFolder = new QPushButton(tr("F&older…"), this);
    row->addWidget(m_browseFile);
    row->addWidget(m_browseFolder);
    connect(m_browseFile, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("MBTiles File"), {}, tr("MBTiles (*.mbtiles);;All files (*)"));
        if (!f.isEmpty())
            m_url->setText(f);
    });
    connect(m_browseFolder, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Folder of z/x/y Tiles"));
        if (!d.isEmpty())
            m_url->setText(d);
    });
    auto *label = new QLabel(tr("Tile &source:"), this);
    label->setBuddy(m_url); // a row given as a layout gets no buddy, and shows the & otherwise
    form->addRow(label, row);
    v->addLayout(form);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("tileNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    // Room for the longest notice, so switching it on does not clip it in a dialog already shown.
    m_notice->setMinimumHeight(m_notice->fontMetrics().lineSpacing() * 4);
    m_notice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    v->addWidget(m_notice);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    v->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TileSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TileSourceDialog::reject);
    v->addWidget(buttons);

    connect(m_enabled, &QCheckBox::toggled, this, &TileSourceDialog::updateNotice);
    connect(m_url, &QLineEdit::textChanged, this, &TileSourceDialog::updateNotice);
    updateNotice();
}

void TileSourceDialog::updateNotice()
{
    m_url->setEnabled(m_enabled->isChecked());
    m_browseFile->setEnabled(m_enabled->isChecked());
    m_browseFolder->setEnabled(m_enabled->isChecked());
    const QString spec = m_url->text().trimmed();
    const QString host = QUrl(QString(spec).remove(QLatin1Char('{')).remove(QLatin1Char('}'))).host();
    if (m_enabled->isChecked() && !isServer(spec) && !spec.isEmpty()) {
        m_notice->setText(tr("Tiles are read from %1 on this computer; no network connection is opened.").arg(spec));
    } else if (m_enabled->isChecked()) {
        m_notice->setText(tr("When this is on, map tiles are fetched over the network from %1. That server sees "
                             "your IP address and which parts of the world you look at. Respect its usage policy "
                             "and attribution. Reports never leave this computer.")
                              .arg(host.isEmpty() ? tr("the server above") : host));
    } else {
        m_notice->setText(tr("Offline: the map uses the built-in basemap only and opens no network connection."));
    }
}

void TileSourceDialog::accept()
{
    const QString why = m_enabled->isChecked() ? checkSource(m_url->text().trimmed()) : QString();
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    m_settings->setValue(QLatin1String(enabledKey), m_enabled->isChecked());
    m_settings->setValue(QLatin1String(urlKey), m_url->text().trimmed());
    QDialog::accept();
}

} // namespace atlas
