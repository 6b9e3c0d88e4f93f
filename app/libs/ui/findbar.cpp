#include "ui/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace DockPrep {

FindBar::FindBar(QWidget *parent)
    : QFrame(parent)
    , m_field(new QLineEdit)
    , m_count(new QLabel)
    , m_previous(new QToolButton)
    , m_next(new QToolButton)
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in this question"));
    m_field->setAccessibleName(tr("Find in page"));
    m_field->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setAccessibleName(tr("Matches"));
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton;
    close->setObjectName(QStringLiteral("findClose"));
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(close);
    m_field->setMaximumWidth(360);
    layout->insertStretch(4, 1);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 of %2").arg(888).arg(888)) + 8);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    m_field->installEventFilter(this);
    setMatches(0, 0);
    hide();
}

void FindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::setMatches(int current, int total)
{
    m_previous->setEnabled(total > 1);
    m_next->setEnabled(total > 1);
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No match"));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(total));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool back = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F3:
            Q_EMIT back ? previousRequested() : nextRequested();
            return true;
        case Qt::Key_Escape:
            hide();
            Q_EMIT closed();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace DockPrep
