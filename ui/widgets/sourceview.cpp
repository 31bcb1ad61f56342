// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "sourceview.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace atlas {

// The line numbers beside the text (the classic QPlainTextEdit line-number area).
class SourceView::Gutter : public QWidget
{
public:
    explicit Gutter(SourceView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    setObjectName(QStringLiteral("sourceView"));
    setAccessibleName(tr("Report source"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceView::showSource(const QString &path, const QString &text, int line)
{
    m_path = path;
    setPlainText(text); // plain text: report content is never interpreted
    m_line = line >= 1 && line <= blockCount() ? line : 0;
    QList<QTextEdit::ExtraSelection> marks;
    if (m_line > 0) {
        QTextEdit::ExtraSelection mark;
        // The theme's highlight, faint: readable in light and dark palettes alike.
        QColor background = palette().color(QPalette::Highlight);
        background.setAlpha(80);
        mark.format.setBackground(background);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(document()->findBlockByNumber(m_line - 1));
        marks << mark;
        setTextCursor(mark.cursor);
        centerCursor();
    }
    setExtraSelections(marks);
}

QString SourceView::lineText(int line) const
{
    return document()->findBlockByNumber(line - 1).text();
}

int SourceView::gutterWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void SourceView::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    p.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            QFont f = font();
            f.setBold(block.blockNumber() + 1 == m_line);
            p.setFont(f);
            p.drawText(0, top, m_gutter->width() - 5, height, Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

} // namespace atlas
