"""Extractors: get page text out of PDFs and TIFFs. One module per external tool.

- `sniff`      what a file really is (magic bytes), size and page limits
- `pdf_text`   pypdf: page count, encryption, the PDF's own text layer
- `rasterize`  pdf2image/poppler: one PDF page to one image file
- `tiff`       Pillow: pages of multi-page TIFFs
- `ocr`        pytesseract/Tesseract: text, word boxes and confidences
- `quality`    is a text layer good enough to skip OCR?
"""
