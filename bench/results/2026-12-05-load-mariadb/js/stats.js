var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "19518",
        "ok": "19518",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10386",
        "ok": "10386",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2276",
        "ok": "2276",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1020",
        "ok": "1020",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2223",
        "ok": "2223",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2904",
        "ok": "2904",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4009",
        "ok": "4008",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4680",
        "ok": "4683",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1872,
    "percentage": 9.591146633876422
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 699,
    "percentage": 3.581309560405779
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 16947,
    "percentage": 86.8275438057178
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "147.86",
        "ok": "147.86",
        "ko": "-"
    }
},
contents: {
"group_push-3452698": {
          type: "GROUP",
name: "push",
path: "push",
pathFormatted: "group_push-3452698",
stats: {
    "name": "push",
    "numberOfRequests": {
        "total": "444",
        "ok": "444",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "282",
        "ok": "282",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "24240",
        "ok": "24240",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "14867",
        "ok": "14867",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "5333",
        "ok": "5333",
        "ko": "-"
    },
    "percentiles1": {
        "total": "14304",
        "ok": "14304",
        "ko": "-"
    },
    "percentiles2": {
        "total": "19808",
        "ok": "19808",
        "ko": "-"
    },
    "percentiles3": {
        "total": "20716",
        "ok": "20716",
        "ko": "-"
    },
    "percentiles4": {
        "total": "23726",
        "ok": "23726",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5,
    "percentage": 1.1261261261261262
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 7,
    "percentage": 1.5765765765765765
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 432,
    "percentage": 97.2972972972973
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.36",
        "ok": "3.36",
        "ko": "-"
    }
},
contents: {
"req_push--container--69030719": {
        type: "REQUEST",
        name: "push: container",
path: "push / push: container",
pathFormatted: "req_push---push--co--958444726",
stats: {
    "name": "push: container",
    "numberOfRequests": {
        "total": "444",
        "ok": "444",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "52",
        "ok": "52",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5616",
        "ok": "5616",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2862",
        "ok": "2862",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1005",
        "ok": "1005",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2815",
        "ok": "2815",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3563",
        "ok": "3563",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4406",
        "ok": "4406",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5055",
        "ok": "5055",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 29,
    "percentage": 6.531531531531531
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 5,
    "percentage": 1.1261261261261262
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 410,
    "percentage": 92.34234234234235
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.36",
        "ok": "3.36",
        "ko": "-"
    }
}
    },"req_push--image--795465317": {
        type: "REQUEST",
        name: "push: image",
path: "push / push: image",
pathFormatted: "req_push---push--im-2142336164",
stats: {
    "name": "push: image",
    "numberOfRequests": {
        "total": "438",
        "ok": "438",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "22",
        "ok": "22",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5980",
        "ok": "5980",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2237",
        "ok": "2237",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "889",
        "ok": "889",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2156",
        "ok": "2156",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2707",
        "ok": "2707",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3608",
        "ok": "3608",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5579",
        "ok": "5579",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 31,
    "percentage": 7.077625570776255
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 7,
    "percentage": 1.5981735159817352
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 400,
    "percentage": 91.32420091324201
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.32",
        "ok": "3.32",
        "ko": "-"
    }
}
    },"req_push--upload-ur-1765122672": {
        type: "REQUEST",
        name: "push: upload URL",
path: "push / push: upload URL",
pathFormatted: "req_push---push--up--36907769",
stats: {
    "name": "push: upload URL",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "79",
        "ok": "79",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5493",
        "ok": "5493",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3020",
        "ok": "3020",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "845",
        "ok": "845",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2878",
        "ok": "2878",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3608",
        "ok": "3608",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4548",
        "ok": "4548",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4747",
        "ok": "4747",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 10,
    "percentage": 2.5
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 0.25
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 389,
    "percentage": 97.25
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--upload-1457034689": {
        type: "REQUEST",
        name: "push: upload",
path: "push / push: upload",
pathFormatted: "req_push---push--up--1960399912",
stats: {
    "name": "push: upload",
    "numberOfRequests": {
        "total": "396",
        "ok": "396",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "388",
        "ok": "388",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4576",
        "ok": "4576",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1690",
        "ok": "1690",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "600",
        "ok": "600",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1541",
        "ok": "1541",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2057",
        "ok": "2057",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2781",
        "ok": "2781",
        "ko": "-"
    },
    "percentiles4": {
        "total": "3815",
        "ok": "3815",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 7,
    "percentage": 1.7676767676767675
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 66,
    "percentage": 16.666666666666664
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 323,
    "percentage": 81.56565656565657
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3",
        "ok": "3",
        "ko": "-"
    }
}
    },"req_push--complete--2112435975": {
        type: "REQUEST",
        name: "push: complete",
path: "push / push: complete",
pathFormatted: "req_push---push--co--617106096",
stats: {
    "name": "push: complete",
    "numberOfRequests": {
        "total": "393",
        "ok": "393",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "153",
        "ok": "153",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10386",
        "ok": "10386",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3206",
        "ok": "3206",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1410",
        "ok": "1410",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2851",
        "ok": "2851",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3654",
        "ok": "3654",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4824",
        "ok": "4824",
        "ko": "-"
    },
    "percentiles4": {
        "total": "9984",
        "ok": "9984",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5,
    "percentage": 1.2722646310432568
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 5,
    "percentage": 1.2722646310432568
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 383,
    "percentage": 97.45547073791349
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.98",
        "ok": "2.98",
        "ko": "-"
    }
}
    },"req_push--tag--805285926": {
        type: "REQUEST",
        name: "push: tag",
path: "push / push: tag",
pathFormatted: "req_push---push--ta--1034630877",
stats: {
    "name": "push: tag",
    "numberOfRequests": {
        "total": "418",
        "ok": "418",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "117",
        "ok": "117",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7130",
        "ok": "7130",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2903",
        "ok": "2903",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1097",
        "ok": "1097",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2856",
        "ok": "2856",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3460",
        "ok": "3460",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4565",
        "ok": "4565",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5974",
        "ok": "5974",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 21,
    "percentage": 5.023923444976076
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 20,
    "percentage": 4.784688995215311
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 377,
    "percentage": 90.19138755980862
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.17",
        "ok": "3.17",
        "ko": "-"
    }
}
    }
}

     },"req_token-lookup--1551966847": {
        type: "REQUEST",
        name: "token lookup",
path: "token lookup",
pathFormatted: "req_token-lookup--1551966847",
stats: {
    "name": "token lookup",
    "numberOfRequests": {
        "total": "2318",
        "ok": "2318",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6381",
        "ok": "6381",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2894",
        "ok": "2894",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1071",
        "ok": "1071",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2815",
        "ok": "2815",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3523",
        "ok": "3523",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4574",
        "ok": "4574",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5423",
        "ok": "5423",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 167,
    "percentage": 7.204486626402071
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 26,
    "percentage": 1.1216566005176878
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 2125,
    "percentage": 91.67385677308025
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "17.56",
        "ok": "17.56",
        "ko": "-"
    }
}
    },"req_pull-3452485": {
        type: "REQUEST",
        name: "pull",
path: "pull",
pathFormatted: "req_pull-3452485",
stats: {
    "name": "pull",
    "numberOfRequests": {
        "total": "1901",
        "ok": "1901",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "33",
        "ok": "33",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6170",
        "ok": "6170",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2604",
        "ok": "2604",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1028",
        "ok": "1028",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2587",
        "ok": "2587",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3201",
        "ok": "3201",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4271",
        "ok": "4271",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5142",
        "ok": "5142",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 133,
    "percentage": 6.996317727511836
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 19,
    "percentage": 0.9994739610731194
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1749,
    "percentage": 92.00420831141504
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "14.4",
        "ok": "14.4",
        "ko": "-"
    }
}
    },"req_anonymous-looku-1023686797": {
        type: "REQUEST",
        name: "anonymous lookup",
path: "anonymous lookup",
pathFormatted: "req_anonymous-looku-1023686797",
stats: {
    "name": "anonymous lookup",
    "numberOfRequests": {
        "total": "10909",
        "ok": "10909",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5058",
        "ok": "5058",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2198",
        "ok": "2198",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "843",
        "ok": "843",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2135",
        "ok": "2135",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2677",
        "ok": "2677",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3579",
        "ok": "3579",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4313",
        "ok": "4313",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 824,
    "percentage": 7.55339627830232
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 106,
    "percentage": 0.9716747639563663
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 9979,
    "percentage": 91.47492895774133
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "82.64",
        "ok": "82.64",
        "ko": "-"
    }
}
    },"req_pull-redirect-1--765801016": {
        type: "REQUEST",
        name: "pull Redirect 1",
path: "pull Redirect 1",
pathFormatted: "req_pull-redirect-1--765801016",
stats: {
    "name": "pull Redirect 1",
    "numberOfRequests": {
        "total": "1901",
        "ok": "1901",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5326",
        "ok": "5326",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1151",
        "ok": "1151",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "653",
        "ok": "653",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1068",
        "ok": "1068",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1500",
        "ok": "1500",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2406",
        "ok": "2406",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2909",
        "ok": "2909",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 645,
    "percentage": 33.929510783798
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 444,
    "percentage": 23.35612835349816
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 812,
    "percentage": 42.714360862703835
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "14.4",
        "ok": "14.4",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
