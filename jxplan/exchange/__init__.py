"""Fill-in workbooks for units and counties, and the validated merge of what comes back."""
