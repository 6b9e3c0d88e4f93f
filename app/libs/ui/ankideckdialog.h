#pragma once

#include "exchange/exporter.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace DockPrep {

// Asked before an Anki export: which questions become cards. The user's own (noted or
// bookmarked) or the whole curriculum, either narrowed to a chapter and/or a level; the count of
// cards it makes is shown as the choice changes.
class AnkiDeckDialog final : public QDialog
{
    Q_OBJECT

public:
    AnkiDeckDialog(const Curriculum &curriculum, StudySnapshot snapshot, const CardScope &initial, QWidget *parent = nullptr);

    CardScope scope() const;
    void setScope(const CardScope &scope);

private:
    void updateCount();

    const Curriculum &m_curriculum;
    StudySnapshot m_snapshot;
    QRadioButton *m_mine;
    QRadioButton *m_whole;
    QComboBox *m_chapter;
    QComboBox *m_level;
    QLabel *m_count;
    QPushButton *m_save;
};

} // namespace DockPrep
