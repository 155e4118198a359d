"""The words a person reads, in one home below the interface: labels of the domain's
enumerations, messages that say what happened and the way out, and the texts of the PDF
reports. No Qt: the screens, the command line and the export writers all ask here
(`translation.translate`); see translation.py for how each gets its language."""
