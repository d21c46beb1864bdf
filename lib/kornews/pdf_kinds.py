"""The PDFs a notebook is printed as, named once: :mod:`kornews.export` renders them, and the
workbook's runner asks for them and clears them, without importing export (nbconvert with it)
before its kernels start."""

KINDS = ("notebook", "report")  # with code, without
