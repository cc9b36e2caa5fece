"""Form aligners: place the rows a layout reader found onto the cells of a form."""
