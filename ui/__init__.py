"""User interfaces: the Qt main window and the command line. Qt is imported only where needed."""
