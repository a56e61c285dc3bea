# The RUN at line 8 unpacks terraform into /usr/local/bin before the build; its effect
# is needed at run time, so the same-image runner would repeat it after the copy of
# /usr/local, where terraform is there already: unzip (without -o) stops at its prompt
# to replace it, reads end of input and exits 1, failing the build. Declined, naming
# the RUN (an rpm image's RUN effect cannot be captured instead).
FROM centos:centos7
RUN yum install -y python3-pip unzip curl
RUN curl -sSL https://releases.hashicorp.com/terraform/0.11.11/terraform_0.11.11_linux_amd64.zip -o ./terraform.zip \
    && unzip ./terraform.zip -d /usr/local/bin/ \
    && rm ./terraform.zip
RUN pip3 install ansible-tower-cli
COPY versions.sh /versions.sh
CMD ["/versions.sh"]
