

# leading comment
FROM alpine


# owned by RUN
RUN true

# trailing comment

