"""Small reusable controls: status chips, badge images, credential cards, sections."""
