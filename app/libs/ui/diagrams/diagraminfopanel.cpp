#include "ui/diagrams/diagraminfopanel.h"

#include "diagrams/diagrammetadata.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace DockPrep {

DiagramInfoPanel::DiagramInfoPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_questionsHeading(new QLabel(tr("Questions about it"), this))
    , m_questions(new QListWidget(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("diagramInfoPanel"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(260);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("elementTitle"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setObjectName(QStringLiteral("elementText"));
    QFont headingFont = m_questionsHeading->font();
    headingFont.setBold(true);
    m_questionsHeading->setFont(headingFont);
    m_questions->setObjectName(QStringLiteral("elementQuestions"));
    m_questions->setWordWrap(true);  // long question titles wrap instead of scrolling sideways
    m_questions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_questions->setAccessibleName(tr("Questions about this part"));
    m_questionsHeading->setBuddy(m_questions);
    m_close->setAccessibleName(tr("Close the explanation"));
    m_close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_questionsHeading);
    layout->addWidget(m_questions, 1);
    layout->addWidget(m_close, 0, Qt::AlignRight);

    connect(m_questions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT entryActivated(item->data(Qt::UserRole).toString());
    });
    connect(m_close, &QPushButton::clicked, this, &DiagramInfoPanel::closeRequested);
}

void DiagramInfoPanel::showElement(const DiagramElement &element, const QList<QuestionLink> &questions)
{
    m_elementId = element.id;
    m_title->setText(element.title);
    m_text->setText(element.text);
    m_questions->clear();
    for (const QuestionLink &link : questions) {
        auto *item = new QListWidgetItem(link.title, m_questions);
        item->setData(Qt::UserRole, link.entryId);
        item->setToolTip(tr("Open the question “%1”").arg(link.title));
    }
    m_questionsHeading->setText(questions.isEmpty() ? tr("No questions link here yet")
                                                    : tr("Questions about it (%1)").arg(questions.size()));
    m_questions->setVisible(!questions.isEmpty());
    setAccessibleName(tr("About %1").arg(element.title));
}

QString DiagramInfoPanel::titleText() const
{
    return m_title->text();
}

QString DiagramInfoPanel::explanationText() const
{
    return m_text->text();
}

} // namespace DockPrep
