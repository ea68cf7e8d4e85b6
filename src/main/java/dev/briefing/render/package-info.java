/**
 * Writing the briefing: Thymeleaf HTML from the user-editable template folder, the archival PDF
 * through openhtmltopdf on PDFBox, and atomic, sanitised output files. The render step's tasklet.
 */
package dev.briefing.render;
