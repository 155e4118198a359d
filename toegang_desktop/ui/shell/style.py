"""The application's look: a few rules on top of the platform style, in relative sizes."""

APP_STYLE = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; }
QLabel#hint { color: #616161; }
QLabel#fieldName { color: #424242; font-weight: 600; }
QLabel#prompts { background: #eef4fb; border: 1px solid #cfe0f3; border-radius: 4px;
                 padding: 6px; }
QLabel#readOnlyBand { background: #fff4ce; color: #3d2e00; border: 1px solid #c69500;
                      border-radius: 4px; padding: 6px 10px; font-weight: 600; }
QPushButton#domainCard { text-align: left; padding: 8px; min-height: 3.2em; }
QListWidget::item { padding: 4px; }
QFrame#signalCard { background: #ffffff; border: 1px solid #d0d7de; border-left: 4px solid #ef6c00;
                    border-radius: 4px; }
QFrame#signalCard[decision="confirmed"] { border-left: 4px solid #2e7d32; }
QFrame#signalCard[decision="dismissed"] { border-left: 4px solid #9e9e9e; }
"""
