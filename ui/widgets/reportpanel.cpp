// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "reportpanel.h"

#include "plaintext.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

namespace {
constexpr int DiagnosticRole = Qt::UserRole + 1;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

// Wrapped rows get their height from the column width, which is only known after layout:
// lay the rows out again whenever the width changes, or long text is cut off.
class WrappingTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

    // As tall as the visible rows, so a one-item tree is not a mostly empty box.
    QSize sizeHint() const override
    {
        int h = 0;
        for (QModelIndex i = model()->index(0, 0); i.isValid(); i = indexBelow(i))
            h += sizeHintForIndex(i).height();
        return QSize(QTreeWidget::sizeHint().width(), std::max(h, 20) + 2 * frameWidth());
    }
    // The scroll area's minimum is a scroll bar's length (~70 px), and layouts grow the hint to it.
    QSize minimumSizeHint() const override { return QSize(QTreeWidget::minimumSizeHint().width(), 24); }

protected:
    void resizeEvent(QResizeEvent *e) override
    {
        QTreeWidget::resizeEvent(e);
        if (e->size().width() != e->oldSize().width()) {
            scheduleDelayedItemsLayout();
            updateGeometry();
        }
    }
};

// QTreeView asks the delegate for row heights without the column width, so wrapped text is
// measured as one line and elided; measure it against the real width instead.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int width = m_view->viewport()->width() - m_view->indentation() * (depth + 1) - 12;
        if (width <= 40)
            return size;
        QFont font = option.font;
        if (const QVariant f = index.data(Qt::FontRole); f.isValid())
            font = f.value<QFont>();
        const QRect text = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        size.setHeight(std::max(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView *m_view;
};

QTreeWidget *textTree(QWidget *parent, const QString &name)
{
    auto *t = new WrappingTree(parent);
    t->setItemDelegate(new WrappingDelegate(t));
    t->setObjectName(name);
    t->setHeaderHidden(true);
    t->setColumnCount(1);
    t->setWordWrap(true);
    t->setUniformRowHeights(false);
    t->setTextElideMode(Qt::ElideNone);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->header()->setStretchLastSection(true);
    // Grow with the expanded items; the panel's scroll area scrolls, not each tree.
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setMinimumHeight(24);
    // Preferred, not Expanding: spare height goes to the panel's bottom stretch, not into
    // empty tree rows.
    t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QObject::connect(t, &QTreeWidget::itemExpanded, t, [t] {
        t->doItemsLayout();
        t->updateGeometry();
    });
    QObject::connect(t, &QTreeWidget::itemCollapsed, t, [t] { t->updateGeometry(); });
    return t;
}

// A collapsible title whose child row holds the text: expands on click.
void fillTree(QTreeWidget *tree, const QList<QPair<QString, QString>> &items)
{
    tree->clear();
    for (const auto &[title, body] : items) {
        auto *top = new QTreeWidgetItem(tree, QStringList{title});
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        top->setToolTip(0, plainToolTip(title));
        if (!body.isEmpty()) {
            auto *child = new QTreeWidgetItem(top, QStringList{body});
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
}
} // namespace

QLabel *ReportPanel::plainLabel(QWidget *parent, bool wrap)
{
    auto *l = new QLabel(parent);
    // Report text is untrusted: never rich text, never links, never images.
    l->setTextFormat(Qt::PlainText);
    l->setOpenExternalLinks(false);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(wrap);
    return l;
}

ReportPanel::ReportPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("periodReports"));
    m_list->setAccessibleName(tr("Reports of the period"));
    m_list->setMaximumHeight(120);
    outer->addWidget(m_list);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *v = new QVBoxLayout(content);

    m_title = plainLabel(content, true);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    m_title->setFont(tf);
    v->addWidget(m_title);

    auto *meta = new QHBoxLayout;
    m_country = plainLabel(content, false);
    m_country->setObjectName(QStringLiteral("reportCountry"));
    m_period = plainLabel(content, false);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_threat = new QLabel(content);
    m_threat->setObjectName(QStringLiteral("threatBadge"));
    m_threat->setTextFormat(Qt::PlainText);
    m_threat->setAlignment(Qt::AlignCenter);
    m_threat->setMargin(3);
    meta->addWidget(m_country);
    meta->addWidget(m_period);
    meta->addStretch();
    meta->addWidget(m_threat);
    v->addLayout(meta);

    v->addWidget(heading(tr("Executive summary"), content));
    m_summary = plainLabel(content, true);
    m_summary->setObjectName(QStringLiteral("executiveSummary"));
    v->addWidget(m_summary);

    v->addWidget(heading(tr("Key developments"), content));
    m_developments = textTree(content, QStringLiteral("keyDevelopments"));
    v->addWidget(m_developments);

    v->addWidget(heading(tr("Other sections"), content));
    m_sections = textTree(content, QStringLiteral("otherSections"));
    v->addWidget(m_sections);

    m_diagnosticsHeading = heading(tr("Reader diagnostics"), content);
    v->addWidget(m_diagnosticsHeading);
    m_diagnostics = new QListWidget(content);
    m_diagnostics->setObjectName(QStringLiteral("diagnostics"));
    m_diagnostics->setWordWrap(true);
    m_diagnostics->setMaximumHeight(110);
    v->addWidget(m_diagnostics);
    v->addStretch(1);

    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_current)
            showIndex(row);
    });
    connect(m_diagnostics, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Report *r = currentReport();
        const int i = item->data(DiagnosticRole).toInt();
        if (r && i >= 0 && i < r->diagnostics.size())
            Q_EMIT diagnosticActivated(r->source, r->diagnostics.at(i));
    });
    connect(m_diagnostics, &QListWidget::itemClicked, m_diagnostics, &QListWidget::itemActivated);

    setTabOrder(m_list, m_developments);
    setTabOrder(m_developments, m_sections);
    setTabOrder(m_sections, m_diagnostics);
    showIndex(-1);
}

QColor ReportPanel::threatColor(int ordinal)
{
    switch (ordinal) {
    case 1: return QColor(0x2e, 0x7d, 0x32); // Low: green
    case 2: return QColor(0xf9, 0xa8, 0x25); // Moderate: amber
    case 3: return QColor(0xef, 0x6c, 0x00); // Elevated: orange
    case 4: return QColor(0xc6, 0x28, 0x28); // High: red
    case 5: return QColor(0x6a, 0x1b, 0x9a); // Critical: purple
    }
    return QColor(0x75, 0x75, 0x75);
}

QString ReportPanel::threatText(const std::optional<ThreatLevel> &level)
{
    if (!level)
        return tr("Threat: not given");
    if (!level->isKnown())
        return tr("Threat: %1 (unrecognised)").arg(level->word);
    return tr("Threat: %1").arg(level->word);
}

void ReportPanel::setReports(const QList<Report> &reports)
{
    const QString keep = currentReport() ? currentReport()->source : QString();
    m_reports = reports;
    m_current = -1;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Report &r : m_reports) {
            const QString country = r.country.isEmpty() ? tr("Unknown country") : r.country;
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 — %2").arg(country, r.threatLevel ? r.threatLevel->word : tr("no level")), m_list);
            item->setToolTip(plainToolTip(r.source));
        }
    }
    int index = m_reports.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_reports.size(); ++i) {
        if (m_reports[i].source == keep)
            index = i;
    }
    showIndex(index);
}

bool ReportPanel::showReport(const QString &source)
{
    for (int i = 0; i < m_reports.size(); ++i) {
        if (m_reports[i].source == source) {
            if (i != m_current)
                showIndex(i);
            return true;
        }
    }
    return false;
}

const Report *ReportPanel::currentReport() const
{
    return m_current >= 0 && m_current < m_reports.size() ? &m_reports[m_current] : nullptr;
}

void ReportPanel::showIndex(int index)
{
    m_current = index;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(index);
    }
    const Report *r = currentReport();
    if (!r) {
        m_title->setText(tr("No report selected"));
        m_country->clear();
        m_period->clear();
        m_threat->clear();
        m_threat->setStyleSheet({});
        m_summary->clear();
        m_developments->clear();
        m_sections->clear();
        m_diagnostics->clear();
        m_diagnosticsHeading->setVisible(false);
        m_diagnostics->setVisible(false);
        return;
    }
    m_title->setText(r->title.isEmpty() ? QFileInfo(r->source).fileName() : r->title);
    m_title->setToolTip(plainToolTip(r->source));
    m_country->setText(r->country.isEmpty() ? tr("Unknown country") : r->country);
    m_period->setText(r->period.isValid() ? r->period.toString() : tr("Undated"));

    // The badge carries the word as well as the colour, for colour-blind readers and print.
    const int ordinal = r->threatLevel ? r->threatLevel->ordinal : 0;
    const QColor bg = threatColor(ordinal);
    const QColor fg = bg.lightnessF() > 0.55 ? Qt::black : Qt::white;
    m_threat->setText(threatText(r->threatLevel));
    m_threat->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; font-weight: bold; }")
                                .arg(bg.name(), fg.name()));

    m_summary->setText(r->executiveSummary.isEmpty() ? tr("(no executive summary)") : r->executiveSummary);

    QList<QPair<QString, QString>> devs;
    for (const Development &d : r->keyDevelopments)
        devs.append({d.title, d.body});
    fillTree(m_developments, devs);
    QList<QPair<QString, QString>> secs;
    for (const Section &s : r->sections)
        secs.append({s.heading, s.body});
    fillTree(m_sections, secs);

    m_diagnostics->clear();
    for (int i = 0; i < r->diagnostics.size(); ++i) {
        const Diagnostic &d = r->diagnostics[i];
        const QString where = d.line > 0 ? tr("line %1: ").arg(d.line) : QString();
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2%3").arg(severityName(d.severity), where, d.message),
                                         m_diagnostics);
        item->setData(DiagnosticRole, i);
    }
    // As tall as its rows, up to five or so; beyond that it scrolls.
    int rows = 0;
    for (int i = 0; i < m_diagnostics->count(); ++i)
        rows += m_diagnostics->sizeHintForRow(i);
    m_diagnostics->setMaximumHeight(std::min(110, rows + 2 * m_diagnostics->frameWidth() + 4));
    m_diagnosticsHeading->setVisible(!r->diagnostics.isEmpty());
    m_diagnostics->setVisible(!r->diagnostics.isEmpty());
    Q_EMIT currentReportChanged(r->source);
}

} // namespace atlas
