// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace atlas {

// A report's text as the reader saw it, read-only and as plain text, with line numbers and the
// line of a diagnostic marked: the analyst checks a repair against what the file says.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);

    // Shows text (plain, never markup) and marks line (1-based; 0 marks nothing).
    void showSource(const QString &path, const QString &text, int line);
    QString path() const { return m_path; }
    int markedLine() const { return m_line; }
    // The text of a 1-based line, as shown.
    QString lineText(int line) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class Gutter;
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

    Gutter *m_gutter;
    QString m_path;
    int m_line = 0;
};

} // namespace atlas
