#pragma once

#include <QLabel>

namespace paydesk {

// A plain-text label for values that must never be cut: addresses, ids, URLs, amounts, headlines holding them. It
// wraps at spaces where it can and inside a word where it must (QTextOption::WrapAtWordBoundaryOrAnywhere), so the
// whole text is always on screen; QLabel's own word wrap never breaks inside a word and clips a long address or URL
// silently instead. The height follows the width (heightForWidth), and it asks for little width, so a long value does
// not widen the page or dialog it sits in.
//
// It is a QLabel for setText()/text(), alignment, font, margin and indent; the text is always plain and drawn here,
// so QLabel's word wrap, rich text and mouse selection do not apply. Its context menu copies the whole text (the
// pages keep their own Copy buttons).
class WrapAnywhereLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapAnywhereLabel)

public:
    explicit WrapAnywhereLabel(QWidget* parent = nullptr);
    explicit WrapAnywhereLabel(const QString& text, QWidget* parent = nullptr);
    ~WrapAnywhereLabel() override;

    // The text as drawn at `width` pixels of contents: one entry per line (the lines joined give the text back, up to
    // the line breaks in it).
    QStringList lines(int width) const;
    // The lines at the current size.
    QStringList displayedLines() const;
    // The height the whole text needs at the current width fits in the label.
    bool showsWholeText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    // The text's height at `textWidth` pixels (no margins).
    int textHeight(int textWidth) const;
    // The width for text in a label `width` wide, and the label's margins around the text.
    int textWidthFor(int width) const;
    QMargins textMargins() const;
};

} // namespace paydesk
