#include "ui/challenges/solutiondialog.h"

#include "ui/challenges/highlightededitor.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace DockPrep {

SolutionDialog::SolutionDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new HighlightedEditor(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_load(new QPushButton(tr("&Load into editor"), this))
{
    setObjectName(QStringLiteral("solutionDialog"));
    m_view->setObjectName(QStringLiteral("solution"));
    m_view->setReadOnly(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setAccessibleName(tr("Reference solution"));
    m_copy->setObjectName(QStringLiteral("copySolution"));
    m_copy->setToolTip(tr("Copy the solution to the clipboard"));
    m_load->setObjectName(QStringLiteral("loadSolution"));
    m_load->setToolTip(tr("Replace your attempt with the solution (Ctrl+Z in the editor brings the attempt back)"));

    auto *note = new QLabel(tr("One way to pass every check; yours may differ and still pass."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_load, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(solution()); });
    connect(m_load, &QPushButton::clicked, this, [this] {
        Q_EMIT loadRequested(solution());
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    // Room for a typical solution (20-30 lines of up to 70 columns) without scrolling.
    const QFontMetrics metrics(m_view->font());
    resize(metrics.horizontalAdvance(QString(76, QLatin1Char('M'))), metrics.lineSpacing() * 32);
}

void SolutionDialog::setSolution(const QString &title, const QString &syntax, const QString &text)
{
    setWindowTitle(tr("Solution: %1").arg(title));
    m_view->setSyntax(syntax);
    m_view->setPlainText(text);
}

QString SolutionDialog::solution() const
{
    return m_view->toPlainText();
}

} // namespace DockPrep
