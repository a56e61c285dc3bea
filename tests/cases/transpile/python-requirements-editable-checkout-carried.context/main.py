import tool
