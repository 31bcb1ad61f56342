// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "tilesourcedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace atlas {

QString TileSourceDialog::defaultUrl()
{
    return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

bool TileSourceDialog::isValidTemplate(const QString &url)
{
    const QUrl u(QString(url).replace(QLatin1Char('{'), QLatin1Char('_')).replace(QLatin1Char('}'), QLatin1Char('_')));
    return u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"))
           && !u.host().isEmpty() && url.contains(QLatin1String("{z}")) && url.contains(QLatin1String("{x}"))
           && url.contains(QLatin1String("{y}"));
}

TileSourceDialog::TileSourceDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Map Tile Source"));
    auto *v = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("&Download map tiles from a server"), this);
    m_enabled->setChecked(settings->value(QLatin1String(enabledKey), false).toBool());
    v->addWidget(m_enabled);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(settings->value(QLatin1String(urlKey), defaultUrl()).toString(), this);
    m_url->setPlaceholderText(defaultUrl());
    m_url->setMinimumWidth(420);
    form->addRow(tr("Tile &URL template:"), m_url);
    v->addLayout(form);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("tileNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
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
    const QString host = QUrl(QString(m_url->text()).remove(QLatin1Char('{')).remove(QLatin1Char('}'))).host();
    if (m_enabled->isChecked()) {
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
    if (m_enabled->isChecked() && !isValidTemplate(m_url->text().trimmed())) {
        m_error->setText(tr("The URL must start with http:// or https:// and contain {z}, {x} and {y}."));
        m_error->show();
        return;
    }
    m_settings->setValue(QLatin1String(enabledKey), m_enabled->isChecked());
    m_settings->setValue(QLatin1String(urlKey), m_url->text().trimmed());
    QDialog::accept();
}

} // namespace atlas
