"""Reference documents: the cited source's text beside the article, and evidence anchored in it.

``extract`` turns a PDF, HTML or text file into text with page spans (PDFs in a
child process with a time and memory limit); ``passages`` splits that text into
sentences and knows which part of a paper each stands in; ``locate`` finds a
quoted passage in it; ``suggest`` ranks the passages that bear on a claim;
``annotations`` writes the review as W3C Web Annotations. No database, no Qt.
"""
