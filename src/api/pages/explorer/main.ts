/** placeholder */
document.body.append("explorer");
